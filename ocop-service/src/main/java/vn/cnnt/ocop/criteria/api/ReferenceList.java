package vn.cnnt.ocop.criteria.api;

import java.util.List;

/** A short, complete list of reference data (never a bare array). */
public record ReferenceList<T>(List<T> items) {}
