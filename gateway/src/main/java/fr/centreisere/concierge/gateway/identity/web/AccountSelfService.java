package fr.centreisere.concierge.gateway.identity.web;

import fr.centreisere.concierge.gateway.identity.ChangePassword;
import fr.centreisere.concierge.gateway.identity.ChangeProfile;
import fr.centreisere.concierge.gateway.identity.RequestPasswordReset;
import fr.centreisere.concierge.gateway.identity.ResetPassword;
import fr.centreisere.concierge.gateway.identity.SendEmailVerification;
import fr.centreisere.concierge.gateway.identity.VerifyEmail;

/** What an account's owner does on their own (their profile, password, address), as one bean for the controller. */
public record AccountSelfService(RequestPasswordReset requestPasswordReset, ResetPassword resetPassword,
        SendEmailVerification sendEmailVerification, VerifyEmail verifyEmail, ChangeProfile changeProfile,
        ChangePassword changePassword) {
}
