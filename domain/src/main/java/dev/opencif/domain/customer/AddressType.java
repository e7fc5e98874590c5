package dev.opencif.domain.customer;

/** What an address is for. Inter-API sends {@code HomeAddress}/{@code WorkAddress}; callAction and bLink free types map here. */
public enum AddressType {
    HOME,
    WORK,
    CONTACT,
    REGISTERED,
    MAILING,
    OTHER
}
