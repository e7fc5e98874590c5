package dev.opencif.application.port.in.view;

import dev.opencif.domain.interaction.Interaction;
import java.util.List;

/**
 * The Recent Interactions widget: the interaction log filtered by period and channels, newest first.
 * <p>Seed operation: callAction {@code FTOS_ACC_AccountRecentInteractions}.
 */
public interface GetRecentInteractionsUseCase {

    List<Interaction> get(RecentInteractionsQuery query);
}
