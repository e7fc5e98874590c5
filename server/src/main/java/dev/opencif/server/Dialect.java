package dev.opencif.server;

/** The five API dialects the server mounts, with the path they live under and their documentation. */
public enum Dialect {
    ESB("esb", "ESB accountService", "/accountService/v1", "docs/dialects/esb.md"),
    INTERAPI("interapi", "inter-API digital customer", "/interapi/v1", "docs/dialects/interapi.md"),
    COUNTERPARTY("counterparty", "counterparty REST", "/api/v1/counterparty", "docs/dialects/counterparty.md"),
    CALLACTION("callaction", "callAction", "/api/openApi/CallAction", "docs/dialects/callaction.md"),
    BLINK("blink", "bLink customer management", "/blink/v1", "docs/dialects/blink.md");

    private final String key;
    private final String title;
    private final String basePath;
    private final String docs;

    Dialect(String key, String title, String basePath, String docs) {
        this.key = key;
        this.title = title;
        this.basePath = basePath;
        this.docs = docs;
    }

    /** The dialect's name in configuration keys and logs. */
    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public String basePath() {
        return basePath;
    }

    public String docs() {
        return docs;
    }
}
