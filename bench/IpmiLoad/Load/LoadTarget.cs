using System.Globalization;
using System.Net;
using IpmiLoad.Client;

namespace IpmiLoad.Load;

/// <summary>A server under test: a name for the table, where it listens, and its process for the CPU and memory figures.</summary>
public sealed record LoadTarget(string Name, IPEndPoint Endpoint, ServerProbe Probe)
{
    /// <summary>Parses "NAME=HOST:PORT:PID", e.g. "ipmi_sim=127.0.0.1:9623:4242".</summary>
    public static LoadTarget Parse(string text)
    {
        var equals = text.IndexOf('=');
        var parts = text[(equals + 1)..].Split(':');
        if (equals <= 0 || parts.Length != 3 || !IPAddress.TryParse(parts[0], out var address)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            throw new FormatException($"'{text}' is not NAME=HOST:PORT:PID");
        return new LoadTarget(text[..equals], new IPEndPoint(address, port), new ServerProbe(pid));
    }
}

/// <summary>How every console logs in: the cipher suite, the account, and how long to wait for a reply.</summary>
public sealed record ConsoleSettings(ConsoleSuite Suite, string User, string Password, TimeSpan Timeout)
{
    public UdpConsole Connect(LoadTarget target) =>
        new(target.Endpoint, new RmcpPlusConsole(Suite, User, Password), Timeout);
}
