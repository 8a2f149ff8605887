package org.convoca.capacity;

/** The part of society a person or an organisation belongs to. */
public enum Sector {
  /** Staff of a national government. */
  NATIONAL_GOVERNMENT,
  /** Staff of a provincial government. */
  PROVINCIAL_GOVERNMENT,
  /** Staff of a municipal government. */
  MUNICIPAL_GOVERNMENT,
  /** A civil-society organisation. */
  CIVIL_SOCIETY,
  /** A citizen taking part on their own. */
  CITIZEN,
  /** A university or research centre. */
  ACADEMIA,
  /** A company or business association. */
  PRIVATE_SECTOR;

  /** {@return whether this sector is part of government, at any level} */
  public boolean isGovernmental() {
    return this == NATIONAL_GOVERNMENT || this == PROVINCIAL_GOVERNMENT || this == MUNICIPAL_GOVERNMENT;
  }
}
