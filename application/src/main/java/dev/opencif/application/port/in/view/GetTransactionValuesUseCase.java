package dev.opencif.application.port.in.view;

import dev.opencif.application.shared.TransactionValue;
import java.util.List;

/**
 * The Transactions widget: sums by indicator, direction, inter/intra and currency over a period.
 * <p>Seed operation: callAction {@code FTOS_ACC_GetCustomerTransactionValues}.
 */
public interface GetTransactionValuesUseCase {

    List<TransactionValue> get(TransactionValuesQuery query);
}
