package id.klik.index.domain;

/** How ready an innovation is to be submitted: nothing missing, only evidence missing, or more. */
public enum ReadinessLight {
  /** Every required field, the narrative, the video and the evidence of every claimed level. */
  GREEN,
  /** The profile is complete; evidence for some claimed levels is still missing. */
  YELLOW,
  /** A required profile field, the narrative's length or the video is missing. */
  RED
}
