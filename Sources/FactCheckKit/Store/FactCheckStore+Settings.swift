extension FactCheckStore {
    /// Stores a setting after checking it, replacing any earlier value, in one transaction. Returns the stored value.
    @discardableResult
    public func setSetting(_ key: SettingKey, to value: String) throws(SettingStoreError) -> String {
        let stored: String
        do {
            stored = try key.validate(value)
        } catch {
            throw .invalid(error)
        }
        do {
            try write { () throws(StoreError) in
                try db.statement("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                    .bind(.text(key.rawValue), .text(stored)).run()
            }
        } catch {
            throw .store(error)
        }
        return stored
    }

    /// One setting, or nil when it has not been set.
    public func setting(_ key: SettingKey) throws(StoreError) -> String? {
        let statement = try db.statement("SELECT value FROM setting WHERE key = ?")
        try statement.bind(.text(key.rawValue))
        defer { statement.reset() }
        return try statement.step() ? statement.text(0) : nil
    }

    /// Every known setting that has a value. Keys this version does not know are left out.
    public func settings() throws(StoreError) -> ReportSettings {
        let statement = try db.statement("SELECT key, value FROM setting ORDER BY key")
        defer { statement.reset() }
        var values: [SettingKey: String] = [:]
        while try statement.step() {
            if let key = SettingKey(rawValue: statement.text(0)) { values[key] = statement.text(1) }
        }
        return ReportSettings(values)
    }
}

/// Storing a setting failed: the value was refused, or the database was.
public enum SettingStoreError: FactCheckFailure, Equatable {
    case invalid(SettingError)
    case store(StoreError)

    public var errorDescription: String? {
        switch self {
        case .invalid(let error): error.errorDescription
        case .store(let error): error.errorDescription
        }
    }

    public var exitStatus: ExitStatus {
        switch self {
        case .invalid(let error): error.exitStatus
        case .store(let error): error.exitStatus
        }
    }
}
