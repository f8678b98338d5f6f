namespace IpmiSidecar.Configuration;

/// <summary>
/// Configuration that cannot be used. The message names the key (e.g. <c>Users:0:Privilege</c>), where
/// the value came from (appsettings.json, the environment or the command line) and what was expected.
/// </summary>
public sealed class ConfigurationException(string key, string source, string problem)
    : Exception($"{key} (from {source}): {problem}")
{
    public string Key { get; } = key;
}
