/// What the readers of parts implement: the element events they need, with namespaces.
protocol WordPartDelegate: AnyObject {
    func start(_ name: String, namespace: String?, attributes: [String: String])
    func end(_ name: String, namespace: String?)
    func characters(_ text: String)
}

extension WordPartDelegate {
    func characters(_ text: String) {}
}
