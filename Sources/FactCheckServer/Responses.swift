import FactCheckKit
import Foundation
import Hummingbird

/// The response shapes the server sends.
enum Responses {
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) throws -> Response {
        json(text: try JSONOutput.string(value), status: status, headers: headers)
    }

    /// `{"error": "..."}`: a string always encodes.
    static func error(_ message: String, status: HTTPResponse.Status) -> Response {
        json(text: (try? JSONOutput.string(["error": message])) ?? #"{"error": "internal error"}"#, status: status)
    }

    static func json(text: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: text + "\n")))
    }

    static func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: page))
        )
    }

    /// Post/redirect/get: after a form's change, the browser loads the page again.
    static func redirect(to location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    static func download(_ text: String, contentType: String, filename: String) -> Response {
        Response(
            status: .ok,
            headers: [.contentType: contentType, .contentDisposition: "attachment; filename=\"\(filename)\""],
            body: .init(byteBuffer: ByteBuffer(string: text))
        )
    }
}
