import Foundation

extension LessonParser {
    // MARK: - Front matter

    static let frontMatterKeys = ["id", "title", "summary"]

    /// Reads the `---` header; returns the index of the first body line, nil if it never closes.
    mutating func parseFrontMatter(into result: inout ParsedLesson) -> Int? {
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else {
            report(1, 1, "missing front matter: the file must start with a '---' line")
            parseBody(from: 0)
            return nil
        }
        guard let close = lines.indices.dropFirst().first(where: {
            lines[$0].trimmingCharacters(in: .whitespaces) == "---"
        }) else {
            report(1, 1, "front matter is not closed with a '---' line")
            return nil
        }
        var seen: [String: Int] = [:]
        for index in 1..<close {
            let line = lines[index]
            let number = index + 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                report(number, 1, "front matter line is not 'key: value'")
                continue
            }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let rawValue = line[line.index(after: colon)...]
            let value = Self.unquoted(rawValue.trimmingCharacters(in: .whitespaces))
            let valueColumn = line.distance(from: line.startIndex, to: colon) + 2
                + (rawValue.prefix { $0 == " " || $0 == "\t" }.count)
            guard Self.frontMatterKeys.contains(key) else {
                report(number, 1, "unknown front matter key '\(key)' (expected id, title or summary)")
                continue
            }
            if let first = seen[key] {
                report(number, 1, "duplicate front matter key '\(key)' (first on line \(first))")
                continue
            }
            seen[key] = number
            if value.isEmpty {
                report(number, 1, "missing \(key) in front matter")
                continue
            }
            switch key {
            case "id":
                result.id = value
                result.idLine = number
                result.idColumn = valueColumn
            case "title": result.title = value
            default: result.summary = value
            }
        }
        for key in Self.frontMatterKeys where seen[key] == nil {
            report(1, 1, "missing \(key) in front matter")
        }
        return close + 1
    }

    /// `"Title"` or `'Title'` -> `Title`, for teachers used to YAML.
    static func unquoted(_ value: String) -> String {
        guard value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first else {
            return value
        }
        return String(value.dropFirst().dropLast())
    }
}
