package vn.cnnt.funding.ledger.api;

import java.time.LocalDate;
import java.util.UUID;

/** Data of the events on funding.events.v1: the envelope's or commitment's state after the change. */
public record FundingEventData(
        UUID envelopeId,
        UUID planId,
        UUID taskId,
        int year,
        String source,
        String provinceCode,
        String currentProvinceCode,
        UUID commitmentId,
        UUID beneficiaryId,
        String activityType,
        UUID productId,
        UUID clusterId,
        String status,
        long amountVnd,
        long budgetVnd,
        long committedVnd,
        long disbursedVnd,
        LocalDate decisionDate,
        long version) {}
