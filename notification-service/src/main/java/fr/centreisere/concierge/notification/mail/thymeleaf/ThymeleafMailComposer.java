package fr.centreisere.concierge.notification.mail.thymeleaf;

import java.net.URI;

import fr.centreisere.concierge.notification.mail.ComposedMail;
import fr.centreisere.concierge.notification.mail.MailAddress;
import fr.centreisere.concierge.notification.mail.MailComposer;
import fr.centreisere.concierge.notification.message.MessageData;
import fr.centreisere.concierge.notification.message.MessageKind;
import fr.centreisere.concierge.notification.message.Phrases;
import fr.centreisere.concierge.notification.message.Wording;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes a mail from the kind's two templates, {@code templates/mail/<KIND>.html} and {@code .txt},
 * with the words of the reader's language (the bundles, through {@link Phrases}) and its values in
 * the reader's formats. Variables: {@code lang}, {@code w} (phrases: {@code w.say('key')},
 * {@code w.own('intro')}), {@code v} (values), {@code link} (absolute, or null), {@code name}
 * (whom to greet, or null), {@code account} (whether the reader may change their choices),
 * {@code profileLink}, {@code homeLink}, {@code action} (what the button opens), {@code raw} (the data as sent).
 */
public final class ThymeleafMailComposer implements MailComposer {

    private final ITemplateEngine templates;
    private final Wording wording;
    private final String publicUrl;

    public ThymeleafMailComposer(ITemplateEngine templates, Wording wording, URI publicUrl) {
        this.templates = templates;
        this.wording = wording;
        String url = publicUrl.toString();
        this.publicUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The engine of the mail templates: HTML for {@code *.html}, plain text for {@code *.txt}, from the class path. */
    public static SpringTemplateEngine engine() {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        // the templates' expressions compiled to bytecode once they have run a few times, instead of walked
        // as trees for every mail (SpEL's mixed mode: what cannot be compiled stays interpreted)
        engine.setEnableSpringELCompiler(true);
        engine.addTemplateResolver(resolver("*.html", TemplateMode.HTML, 1));
        engine.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT, 2));
        return engine;
    }

    private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setResolvablePatterns(java.util.Set.of("mail/" + pattern));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    @Override
    public ComposedMail compose(MessageKind kind, MessageData data, @Nullable String link, MailAddress to) {
        Phrases phrases = wording.phrases(kind, data, to.language());
        Context context = new Context(to.language().locale());
        context.setVariable("lang", to.language().code());
        context.setVariable("w", phrases);
        context.setVariable("v", phrases.values());
        context.setVariable("raw", data.asMap());
        context.setVariable("link", link == null ? null : publicUrl + link);
        // what the button opens: the app's screen, or for an account message its own link (with its token)
        context.setVariable("action", kind.secretLinkKey().flatMap(data::text).orElse(link == null ? null : publicUrl + link));
        context.setVariable("name", to.name() == null || to.name().isBlank() ? null : to.name());
        context.setVariable("account", to.account());
        context.setVariable("profileLink", publicUrl + "/#/profil");
        context.setVariable("homeLink", publicUrl + "/");
        String html = templates.process("mail/" + kind.name() + ".html", context);
        String text = templates.process("mail/" + kind.name() + ".txt", context);
        // optional lines leave blank lines behind in plain text: at most one between paragraphs
        return new ComposedMail(phrases.subject(), html, text.strip().replaceAll("\n[ \t]*(\n[ \t]*)+\n", "\n\n") + "\n");
    }
}
