package dev.opencif.application.service;

import dev.opencif.application.port.in.agreement.SaveAgreementCommand;
import dev.opencif.application.port.in.agreement.SaveAgreementUseCase;
import dev.opencif.application.port.in.agreement.UpdateConsentCommand;
import dev.opencif.application.port.in.agreement.UpdateConsentUseCase;
import dev.opencif.domain.agreement.Agreement;
import dev.opencif.domain.agreement.AgreementId;
import dev.opencif.domain.agreement.AgreementState;
import dev.opencif.domain.agreement.AgreementStatus;
import dev.opencif.domain.agreement.AgreementTerms;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.error.NotFoundException;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.shared.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Grants, re-grants, amends and revokes a customer's consents and contracts; the latest agreement of
 * a type is the one that counts.
 */
public final class ConsentService implements UpdateConsentUseCase, SaveAgreementUseCase {
    private final ServiceContext ctx;

    public ConsentService(ServiceContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
    }

    @Override
    public AgreementState update(UpdateConsentCommand command) {
        ctx.validate(command);
        return ctx.inTransaction(() -> {
            Customer customer = ctx.customers().require(command.customer());
            Instant now = ctx.now();
            List<Agreement> ofType = ctx.ports().agreements().findByCustomer(customer.id()).stream()
                    .filter(a -> a.state().type() == command.type())
                    .toList();
            Agreement result;
            if (command.granted()) {
                AgreementTerms terms = new AgreementTerms(LocalDate.ofInstant(now, ZoneOffset.UTC), null,
                        command.origin().channel().value(), null, null, null);
                Optional<Agreement> latest = ofType.isEmpty() ? Optional.empty() : Optional.of(ofType.get(ofType.size() - 1));
                if (latest.isEmpty()) {
                    result = save(Agreement.grant(AgreementId.random(), customer.id(), command.type(), terms,
                            command.origin().channel(), now));
                } else if (latest.get().statusAt(now) == AgreementStatus.ACTIVE) {
                    result = latest.get();
                } else {
                    latest.get().amend(terms, command.origin().channel(), now);
                    result = save(latest.get());
                }
            } else {
                Agreement revocable = ofType.stream()
                        .filter(a -> a.statusAt(now) == AgreementStatus.ACTIVE)
                        .reduce((first, second) -> second)
                        .orElseThrow(() -> new NotFoundException("Agreement", command.type().name()));
                revocable.revoke(command.origin().channel(), now);
                result = save(revocable);
            }
            ctx.logInteraction(command.origin(), customer.id(), "update-consent");
            return result.state();
        });
    }

    @Override
    public AgreementState save(SaveAgreementCommand command) {
        ctx.validate(command);
        return ctx.inTransaction(() -> {
            Customer customer = ctx.customers().require(command.customer());
            Instant now = ctx.now();
            Agreement agreement;
            if (command.agreementId() == null) {
                agreement = Agreement.grant(AgreementId.random(), customer.id(), command.type(), command.terms(),
                        command.origin().channel(), now);
            } else {
                agreement = ctx.ports().agreements().findById(command.agreementId())
                        .filter(a -> a.state().customerId().equals(customer.id()))
                        .orElseThrow(() -> new NotFoundException("Agreement", command.agreementId().toString()));
                if (agreement.state().type() != command.type()) {
                    throw ValidationException.of("type", "must stay " + agreement.state().type() + " for an existing agreement");
                }
                agreement.amend(command.terms(), command.origin().channel(), now);
            }
            Agreement saved = save(agreement);
            ctx.logInteraction(command.origin(), customer.id(), "save-agreement");
            return saved.state();
        });
    }

    private Agreement save(Agreement agreement) {
        List<DomainEvent> events = agreement.pullEvents();
        Agreement saved = ctx.ports().agreements().save(agreement);
        ctx.publish(events);
        return saved;
    }
}
