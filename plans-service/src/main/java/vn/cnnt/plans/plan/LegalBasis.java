package vn.cnnt.plans.plan;

import java.time.LocalDate;

/**
 * A legal basis (căn cứ) of a plan or of one of its tasks: the document's number as written, its date and, where
 * given, its title, e.g. 597/QĐ-UBND ngày 12/03/2019. The date is unknown for bases entered before dates were kept.
 */
public record LegalBasis(String documentNumber, LocalDate issuedOn, String title) {}
