package vn.cnnt.plans.plan.service;

import java.util.List;
import vn.cnnt.kit.problem.FieldError;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.plans.PlanProblems;
import vn.cnnt.plans.plan.DocumentNumber;

/** Document numbers read from requests: a number that does not parse is a malformed-document-number problem. */
final class DocumentNumbers {

    private DocumentNumbers() {}

    static DocumentNumber require(String field, String text) {
        return DocumentNumber.parse(text)
                .orElseThrow(() -> new ProblemException(
                        PlanProblems.MALFORMED_DOCUMENT_NUMBER,
                        "'" + text + "' is not a document number like 317/KH-UBND or 45/2012/NĐ-CP",
                        List.of(new FieldError(field, "must look like 317/KH-UBND or 45/2012/NĐ-CP"))));
    }

    /** An optional number, checked and kept as written (NFC, surrounding spaces removed); null stays null. */
    static String optional(String field, String text) {
        if (text == null) {
            return null;
        }
        require(field, text);
        return written(text);
    }

    /** A number as the document writes it: the leading zero of "08/KH-UBND" is kept (Decree 30/2020/NĐ-CP). */
    static String written(String text) {
        return DocumentNumber.written(text);
    }
}
