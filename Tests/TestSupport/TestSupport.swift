import Foundation

/// Shared assertions for the test targets.
public enum TestSupport {}
