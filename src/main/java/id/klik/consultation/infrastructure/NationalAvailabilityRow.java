package id.klik.consultation.infrastructure;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A national mentor's slot, in the platform schema: theirs across every tenant. */
@Entity
@Table(schema = "platform", name = "national_mentor_availability")
public class NationalAvailabilityRow extends AvailabilityRow {}
