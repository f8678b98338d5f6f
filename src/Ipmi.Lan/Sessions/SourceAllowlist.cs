using System.Net;
using Microsoft.Extensions.Options;

namespace Ipmi.Lan.Sessions;

/// <summary>
/// <see cref="LanOptions.AllowedSources"/>: the networks (CIDR, or a bare address for one host) whose
/// datagrams the LAN channel answers. Empty allows every source. IPv4-mapped IPv6 sources match IPv4 entries.
/// </summary>
public sealed class SourceAllowlist
{
    private readonly IPNetwork[] _networks;

    public SourceAllowlist(IOptions<LanOptions> options)
    {
        _networks = options.Value.AllowedSources.Select(Parse).ToArray();
    }

    public bool IsEmpty => _networks.Length == 0;

    public bool Allows(IPAddress source)
    {
        if (_networks.Length == 0)
            return true;
        if (source.IsIPv4MappedToIPv6)
            source = source.MapToIPv4();
        foreach (var network in _networks)
        {
            if (network.Contains(source))
                return true;
        }
        return false;
    }

    /// <summary>"10.0.0.0/8", "2001:db8::/32" or "192.0.2.7"; anything else stops start-up naming the entry.</summary>
    public static IPNetwork Parse(string entry)
    {
        var text = entry.Trim();
        if (IPAddress.TryParse(text, out var address) && !text.Contains('/'))
            return new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
        var slash = text.IndexOf('/');
        if (slash > 0 && IPNetwork.TryParse(text, out var network) && network.BaseAddress.Equals(IPAddress.Parse(text[..slash])))
            return network;
        throw new ArgumentException($"Lan:AllowedSources entry '{entry}' is not a network; expected CIDR with no host bits set, " +
                                    "such as 10.0.0.0/8, or a single address.");
    }
}
