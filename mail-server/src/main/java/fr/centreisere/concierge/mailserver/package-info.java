/** The local mail server (GreenMail, SMTP and IMAP) and the mailbox reader of ./concierge mail, for local runs only. */
@NullMarked
package fr.centreisere.concierge.mailserver;

import org.jspecify.annotations.NullMarked;
