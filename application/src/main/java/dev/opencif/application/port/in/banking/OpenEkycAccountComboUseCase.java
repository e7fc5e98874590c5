package dev.opencif.application.port.in.banking;

/**
 * Issues, atomically, a CIF, an eKYC payment account and an internet banking user for a customer
 * identified by eKYC: all three or nothing.
 * <p>Seed operation: ESB {@code create-ekyc-account} (the seed's {@code esbuat7801/} prefix is an environment prefix).
 */
public interface OpenEkycAccountComboUseCase {

    EkycComboResult open(OpenEkycComboCommand command);
}
