package id.klik.guideline.domain;

/** The kind-specific content of a template, read from the same file as its header. */
public sealed interface TemplateBody
    permits ClinicBody, JourneyBody, FormBody, RubricBody, ProgramBody, IndexModelBody {}
