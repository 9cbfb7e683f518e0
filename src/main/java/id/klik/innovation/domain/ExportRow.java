package id.klik.innovation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One innovation with every column of the spreadsheet; work unit and team still as ids (the export
 * names them). {@code otherAffairs} is the codes separated by {@code ;}, or null.
 */
public record ExportRow(
    UUID id,
    String name,
    UUID workUnitId,
    UUID teamId,
    String stage,
    String kind,
    String form,
    String initiator,
    String primaryAffair,
    String otherAffairs,
    LocalDate trialDate,
    LocalDate applicationDate,
    BigDecimal budgetAmount,
    String goals,
    String benefits,
    String results,
    String designNarrative,
    String keyChanges,
    String beneficiaries,
    String videoUrl,
    String status,
    boolean shared,
    int narrativeWords) {}
