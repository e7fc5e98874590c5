package dev.opencif.domain.customer;

/** The medium of a contact detail (bLink {@code contactMedium}). */
public enum ContactMedium {
    EMAIL,
    PHONE,
    MOBILE,
    FAX,
    POSTAL,
    WEB,
    OTHER
}
