package dev.opencif.application.port.in.banking;

/** What to do with a banking user's status. */
public enum BankingUserAction {
    LOCK,
    UNLOCK,
    /** A wrong password: the fifth in a row locks the user. */
    FAILED_LOGIN,
    /** A right password: clears the failure counter. */
    SUCCESSFUL_LOGIN
}
