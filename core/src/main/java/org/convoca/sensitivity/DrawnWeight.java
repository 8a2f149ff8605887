package org.convoca.sensitivity;

import java.math.BigDecimal;
import org.convoca.call.CriterionId;

/**
 * How one criterion's weight was drawn.
 *
 * @param criterion the criterion
 * @param asCalled its weight in the call, a percentage
 * @param lowest the lowest weight drawn, with 2 decimals
 * @param highest the highest weight drawn, with 2 decimals
 * @param mean the mean of the weights drawn, rounded to 2 decimals half up
 */
public record DrawnWeight(CriterionId criterion, BigDecimal asCalled, BigDecimal lowest, BigDecimal highest,
    BigDecimal mean) {}
