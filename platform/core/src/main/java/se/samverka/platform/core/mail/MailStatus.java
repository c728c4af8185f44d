package se.samverka.platform.core.mail;

/** Where an outbox mail is: waiting to be sent, sent, or given up after repeated failures. */
public enum MailStatus {
    PENDING,
    SENT,
    FAILED
}
