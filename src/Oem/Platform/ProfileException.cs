namespace Oem.Platform;

/// <summary>
/// A profile that cannot be used. The message names the file, the field (a JSON path such as
/// <c>$.sensors[2].address</c>) and what was expected, so an operator can fix it without reading code.
/// </summary>
public sealed class ProfileException(string file, string field, string problem)
    : Exception($"{file}: {field}: {problem}")
{
    public string File { get; } = file;
    public string Field { get; } = field;
    public string Problem { get; } = problem;
}
