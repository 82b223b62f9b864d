import Foundation

/// The files of this module's resource bundle (`Resources/`).
enum ThaiTextResources {
    /// The file `name` at the top of the bundle. Named directly: the bundle's lookup by name
    /// lists and indexes the folder first, 1 ms of every run's start.
    static func file(_ name: String) -> URL {
        Bundle.module.bundleURL.appendingPathComponent(name, isDirectory: false)
    }
}
