package id.klik.innovation.application;

import java.io.InputStream;

/** A file of a journey artifact, opened for download. */
public record JourneyFile(String name, String contentType, long size, InputStream content) {}
