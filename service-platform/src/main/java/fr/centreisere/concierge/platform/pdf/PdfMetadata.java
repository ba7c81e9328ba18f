package fr.centreisere.concierge.platform.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import javax.xml.transform.TransformerException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.jspecify.annotations.Nullable;

/**
 * What makes the file PDF/A-3b beyond its content: the same metadata in the document information and in the
 * XMP packet (with {@code pdfaid:part 3, conformance B}), and an sRGB output intent for its colours (the JDK's
 * own sRGB profile: PDFBox ships none, and it is the colour space every viewer assumes).
 */
record PdfMetadata(String title, @Nullable String author, @Nullable String subject, String language,
        Instant createdAt) {

    static final String PRODUCER = "Apache PDFBox (platform.pdf)";
    private static final String SRGB = "sRGB IEC61966-2.1";

    void applyTo(PDDocument document) throws IOException {
        Calendar created = GregorianCalendar.from(createdAt.atZone(TimeZone.getTimeZone("UTC").toZoneId()));
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(language);

        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(title);
        information.setProducer(PRODUCER);
        information.setCreator(PRODUCER);
        information.setCreationDate(created);
        information.setModificationDate(created);
        if (author != null) {
            information.setAuthor(author);
        }
        if (subject != null) {
            information.setSubject(subject);
        }

        catalog.setMetadata(xmp(document, created));
        PDOutputIntent intent = new PDOutputIntent(document,
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    private PDMetadata xmp(PDDocument document, Calendar created) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dublinCore = xmp.createAndAddDublinCoreSchema();
        dublinCore.setTitle(title);
        if (author != null) {
            dublinCore.addCreator(author);
        }
        if (subject != null) {
            dublinCore.setDescription(subject);
        }
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(PRODUCER);
        basic.setCreateDate(created);
        basic.setModifyDate(created);
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        pdfa.setPart(3);
        try {
            pdfa.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, packet, true);
        } catch (TransformerException e) {
            throw new IOException("the XMP metadata could not be written", e);
        }
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(packet.toByteArray());
        return metadata;
    }
}
