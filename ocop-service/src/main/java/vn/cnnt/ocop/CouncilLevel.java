package vn.cnnt.ocop;

/** Level of the evaluation council (cấp đánh giá): the district level exists only before 06/07/2025. */
public enum CouncilLevel {
    DISTRICT,
    PROVINCIAL,
    CENTRAL;

    /** The council a product is proposed to when it scores above what this level may recognise. */
    public CouncilLevel next() {
        return switch (this) {
            case DISTRICT -> PROVINCIAL;
            case PROVINCIAL, CENTRAL -> CENTRAL;
        };
    }
}
