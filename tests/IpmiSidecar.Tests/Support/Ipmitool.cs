namespace IpmiSidecar.Tests.Support;

/// <summary>Runs the real ipmitool (Debian 1.8.19) against a sidecar over lanplus.</summary>
public static class Ipmitool
{
    public static Task<ToolResult> RunAsync(int port, string? cipherSuite, string user, string password, params string[] command)
    {
        var arguments = new List<string> { "-I", "lanplus", "-H", "127.0.0.1", "-p", port.ToString(), "-U", user, "-P", password };
        if (cipherSuite is not null)
            arguments.AddRange(["-C", cipherSuite]);
        arguments.AddRange(command);
        return Tool.RunAsync("ipmitool", arguments, TimeSpan.FromSeconds(60));
    }
}
