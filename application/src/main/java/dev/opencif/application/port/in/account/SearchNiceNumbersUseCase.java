package dev.opencif.application.port.in.account;

import java.util.List;

/**
 * Finds free nice account numbers for a pattern: never a number used by an account or under an active hold.
 * <p>Seed operation: ESB {@code inquiry-nice-acct}.
 */
public interface SearchNiceNumbersUseCase {

    List<NiceNumberOffer> search(SearchNiceNumbersQuery query);
}
