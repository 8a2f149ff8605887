package org.convoca.proposal;

/** The open-government values a proposal advances, after OGP's Independent Reporting Mechanism. */
public enum OpenGovernmentValue {
  /** Transparency: disclosing more, better or more accessible information. */
  ACCESS_TO_INFORMATION,
  /** Opening or improving opportunities for the public to inform or influence decisions. */
  CIVIC_PARTICIPATION,
  /** Rules and mechanisms that hold officials answerable for their actions. */
  PUBLIC_ACCOUNTABILITY,
  /** Technology and innovation, a cross-cutting lens on the other three. */
  TECHNOLOGY_AND_INNOVATION
}
