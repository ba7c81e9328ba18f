package fr.centreisere.concierge.provider.member;

/** Legal kind of a member structure (insertion structures, social economy, others). */
public enum StructureType {
    ACI, EI, ETTI, AI, EA, ESAT, ASSOCIATION, SCOP, SCIC, COMPANY, LOCAL_AUTHORITY, TRAINING_ORG
}
