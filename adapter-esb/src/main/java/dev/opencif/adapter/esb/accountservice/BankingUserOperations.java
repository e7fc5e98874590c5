package dev.opencif.adapter.esb.accountservice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opencif.application.port.in.banking.BankingUserAction;
import dev.opencif.application.port.in.banking.CloseBankingUserCommand;
import dev.opencif.application.port.in.banking.GetBankingUserQuery;
import dev.opencif.application.port.in.banking.UpdateBankingUserStatusCommand;
import dev.opencif.application.port.in.customer.CheckIdentifierQuery;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.dialect.json.ValueFields;
import dev.opencif.domain.banking.BankingUserState;
import dev.opencif.domain.customer.CustomerNumber;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.identifier.BankingUsername;
import dev.opencif.domain.identifier.Identifier;
import dev.opencif.domain.shared.Checks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The online-banking user operations: closing, username check, status update and user information. */
final class BankingUserOperations {
    private final AccountServiceUseCases useCases;
    private final EsbFields fields;

    BankingUserOperations(AccountServiceUseCases useCases, EsbFields fields) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.fields = Objects.requireNonNull(fields, "fields");
    }

    /** The operations of this group by name. */
    Map<String, EsbOperation> operations() {
        Map<String, EsbOperation> operations = new LinkedHashMap<>();
        operations.put("close-izi-mobile-acct", this::closeIziMobileAcct);
        operations.put("valid-izi-mobile-user", this::validIziMobileUser);
        operations.put("update-user-ib-status", this::updateUserIbStatus);
        operations.put("get-user-info-ebank", this::getUserInfoEbank);
        return operations;
    }

    private Object closeIziMobileAcct(JsonNode node, Origin origin) {
        EsbDtos.UserData d = fields.data(node, EsbDtos.UserData.class);
        CustomerNumber cif = fields.cif(d.cif());
        BankingUserState user = useCases.closeBankingUser().close(
                new CloseBankingUserCommand(origin, CustomerRef.number(cif), fields.username(d.username())));
        return EsbMapper.bankingUser(cif.toString(), user);
    }

    private Object validIziMobileUser(JsonNode node, Origin origin) {
        EsbDtos.UsernameData d = fields.data(node, EsbDtos.UsernameData.class);
        BankingUsername username = fields.username(d.username());
        return new EsbDtos.UsernameCheckResult(username.value(), inUse(username));
    }

    private Object updateUserIbStatus(JsonNode node, Origin origin) {
        EsbDtos.UserStatusData d = fields.data(node, EsbDtos.UserStatusData.class);
        CustomerNumber cif = fields.cif(d.cif());
        BankingUsername username = fields.username(d.username());
        BankingUserAction action = Checks.enumValue(BankingUserAction.class, ValueFields.required(d.action(), "data.action"), "data.action");
        String reason = d.reason() == null || d.reason().isBlank() ? null : Checks.text(d.reason(), "data.reason", 400);
        if (action == BankingUserAction.LOCK && reason == null) {
            throw ValidationException.of("data.reason", "is required to LOCK a banking user");
        }
        BankingUserState user = useCases.updateBankingUserStatus().update(
                new UpdateBankingUserStatusCommand(origin, CustomerRef.number(cif), username, action, reason));
        return EsbMapper.bankingUser(cif.toString(), user);
    }

    private Object getUserInfoEbank(JsonNode node, Origin origin) {
        EsbDtos.UserData d = fields.data(node, EsbDtos.UserData.class);
        CustomerNumber cif = fields.cif(d.cif());
        BankingUsername username = fields.username(d.username());
        return EsbMapper.userInfo(useCases.getBankingUser().get(new GetBankingUserQuery(CustomerRef.number(cif), username)));
    }

    private boolean inUse(Identifier identifier) {
        return useCases.checkIdentifierAvailability().check(new CheckIdentifierQuery(identifier, null)).inUse();
    }
}
