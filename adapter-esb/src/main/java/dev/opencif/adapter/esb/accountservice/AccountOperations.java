package dev.opencif.adapter.esb.accountservice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opencif.application.port.in.account.HoldNiceNumberCommand;
import dev.opencif.application.port.in.account.ListAccountsQuery;
import dev.opencif.application.port.in.account.NiceNumberOffer;
import dev.opencif.application.port.in.account.OpenAccountCommand;
import dev.opencif.application.port.in.account.OpenNiceAccountCommand;
import dev.opencif.application.port.in.account.ReleaseHoldCommand;
import dev.opencif.application.port.in.account.SearchNiceNumbersQuery;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.application.shared.Viewer;
import dev.opencif.dialect.json.ValueFields;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.account.AccountState;
import dev.opencif.domain.account.Asset;
import dev.opencif.domain.account.ProductType;
import dev.opencif.domain.customer.CustomerNumber;
import dev.opencif.domain.nicenumber.NiceNumberHold;
import dev.opencif.domain.nicenumber.NicePattern;
import dev.opencif.domain.nicenumber.NiceTier;
import dev.opencif.domain.shared.Checks;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The account operations: account list, current-account opening, nice numbers (hold, release, search, online opening). */
final class AccountOperations {
    private static final int MAX_HOLD_MINUTES = (int) NiceNumberHold.MAX_DURATION.toMinutes();
    private final AccountServiceUseCases useCases;
    private final EsbFields fields;

    AccountOperations(AccountServiceUseCases useCases, EsbFields fields) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.fields = Objects.requireNonNull(fields, "fields");
    }

    /** The operations of this group by name. */
    Map<String, EsbOperation> operations() {
        Map<String, EsbOperation> operations = new LinkedHashMap<>();
        operations.put("get-account-list", this::getAccountList);
        operations.put("create-current-account", this::createCurrentAccount);
        operations.put("create-nice-hold-acct", this::createNiceHoldAcct);
        operations.put("inquiry-nice-acct", this::inquiryNiceAcct);
        operations.put("inquiry-nice-acct-online", this::inquiryNiceAcctOnline);
        return operations;
    }

    /** The seed's "list of payment accounts by CIF"; {@code data.allProducts: true} (an OpenCIF addition) lists every product. */
    private Object getAccountList(JsonNode node, Origin origin) {
        EsbDtos.AccountListData d = fields.data(node, EsbDtos.AccountListData.class);
        CustomerNumber cif = fields.cif(d.cif());
        boolean allProducts = Boolean.TRUE.equals(d.allProducts());
        List<AccountState> accounts = useCases.listAccounts().list(new ListAccountsQuery(CustomerRef.number(cif), Viewer.bank(), null));
        return new EsbDtos.AccountListResult(cif.toString(), accounts.stream()
                .filter(a -> allProducts || a.product().paymentAccount()).map(EsbMapper::account).toList());
    }

    private Object createCurrentAccount(JsonNode node, Origin origin) {
        EsbDtos.OpenAccountData d = fields.data(node, EsbDtos.OpenAccountData.class);
        CustomerNumber cif = fields.cif(d.cif());
        Asset asset = fields.asset(d.currency());
        AccountState account = useCases.openAccount().open(new OpenAccountCommand(origin, CustomerRef.number(cif), Viewer.bank(),
                ProductType.CURRENT_ACCOUNT, asset, null));
        return EsbMapper.opened(cif.toString(), account);
    }

    private Object createNiceHoldAcct(JsonNode node, Origin origin) {
        EsbDtos.NiceHoldData d = fields.data(node, EsbDtos.NiceHoldData.class);
        CustomerNumber cif = fields.cif(d.cif());
        AccountNumber number = fields.accountNo(d.accountNo());
        String action = d.action() == null ? "HOLD" : fields.oneOf(d.action(), "data.action", "HOLD", "RELEASE");
        NiceNumberHold hold;
        if (action.equals("HOLD")) {
            Duration duration = fields.config().niceHoldDuration();
            if (d.holdMinutes() != null) {
                Checks.that(d.holdMinutes() >= 1 && d.holdMinutes() <= MAX_HOLD_MINUTES, "data.holdMinutes",
                        "must be between 1 and " + MAX_HOLD_MINUTES + " (30 days)");
                duration = Duration.ofMinutes(d.holdMinutes());
            }
            hold = useCases.holdNiceNumber().hold(new HoldNiceNumberCommand(origin, CustomerRef.number(cif), number, duration));
        } else {
            hold = useCases.releaseNiceNumberHold().release(new ReleaseHoldCommand(origin, CustomerRef.number(cif), number));
        }
        return EsbMapper.hold(cif.toString(), hold);
    }

    private Object inquiryNiceAcct(JsonNode node, Origin origin) {
        EsbDtos.NiceSearchData d = fields.data(node, EsbDtos.NiceSearchData.class);
        NicePattern.Kind kind = Checks.enumValue(NicePattern.Kind.class, ValueFields.required(d.patternType(), "data.patternType"),
                "data.patternType");
        String digits = ValueFields.required(d.pattern(), "data.pattern");
        NicePattern pattern = ValueFields.parse("data.pattern", () -> new NicePattern(kind, digits.strip()));
        NiceTier minimum = d.minTier() == null ? null : Checks.enumValue(NiceTier.class, d.minTier(), "data.minTier");
        int limit = d.limit() == null ? fields.config().niceSearchLimit() : d.limit();
        Checks.that(limit >= 1 && limit <= 100, "data.limit", "must be between 1 and 100");
        List<NiceNumberOffer> offers = useCases.searchNiceNumbers().search(new SearchNiceNumbersQuery(pattern, minimum, limit));
        return new EsbDtos.NiceSearchResult(kind.name(), pattern.digits(), offers.stream()
                .map(o -> new EsbDtos.NiceNumberDto(o.number().value(), o.tier().name())).toList());
    }

    private Object inquiryNiceAcctOnline(JsonNode node, Origin origin) {
        EsbDtos.NiceOpenData d = fields.data(node, EsbDtos.NiceOpenData.class);
        CustomerNumber cif = fields.cif(d.cif());
        AccountNumber number = fields.accountNo(d.accountNo());
        Asset asset = fields.asset(d.currency());
        AccountState account = useCases.openNiceAccount().open(new OpenNiceAccountCommand(origin, CustomerRef.number(cif), number,
                ProductType.CURRENT_ACCOUNT, asset));
        return EsbMapper.opened(cif.toString(), account);
    }
}
