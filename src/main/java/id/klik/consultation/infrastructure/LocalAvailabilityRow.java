package id.klik.consultation.infrastructure;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A local mentor's slot, in the tenant's schema. */
@Entity
@Table(name = "mentor_availability")
public class LocalAvailabilityRow extends AvailabilityRow {}
