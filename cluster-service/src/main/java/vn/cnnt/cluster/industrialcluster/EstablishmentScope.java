package vn.cnnt.cluster.industrialcluster;

/** "The area" whose existing clusters the establishment rule measures (địa bàn). */
public enum EstablishmentScope {
    /** The district (địa bàn cấp huyện): Decree 32/2024 for decisions before 1 July 2025. */
    DISTRICT,
    /** The commune (địa bàn cấp xã). */
    COMMUNE,
    /** The whole province. */
    PROVINCE
}
