using System.Net;
using System.Net.NetworkInformation;

namespace Ipmi.Lan.LanConfig;

/// <summary>
/// The addresses the LAN configuration parameters report (IPMI v2.0 §23.2, Table 23-4, parameters 3, 5, 6,
/// 12, 13). The host OS owns the network, so these are read from it, never set through IPMI.
/// </summary>
public sealed record NetworkFacts(IPAddress Address, IPAddress SubnetMask, PhysicalAddress MacAddress, IPAddress Gateway)
{
    public static readonly NetworkFacts Unknown = new(IPAddress.Any, IPAddress.Any, PhysicalAddress.None, IPAddress.Any);
}

/// <summary>Where <see cref="NetworkFacts"/> come from; tests substitute fixed ones.</summary>
public interface INetworkFactsSource
{
    NetworkFacts Read();
}

/// <summary>
/// Reads <see cref="NetworkFacts"/> from System.Net.NetworkInformation for the address the listener binds
/// (<see cref="LanOptions.Address"/>): the interface holding that IPv4 address, or — bound to 0.0.0.0 — the
/// first interface that is up, not loopback and has an IPv4 address. A loopback interface has no MAC
/// (reported as zeros); the gateway's MAC is not known to .NET and is reported as zeros.
/// </summary>
public sealed class HostNetworkFactsSource(Microsoft.Extensions.Options.IOptions<LanOptions> options) : INetworkFactsSource
{
    public NetworkFacts Read()
    {
        if (!IPAddress.TryParse(options.Value.Address, out var bound) || bound.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork)
            return NetworkFacts.Unknown;
        var any = bound.Equals(IPAddress.Any);
        foreach (var nic in NetworkInterface.GetAllNetworkInterfaces())
        {
            if (any && (nic.OperationalStatus != OperationalStatus.Up || nic.NetworkInterfaceType == NetworkInterfaceType.Loopback))
                continue;
            var properties = nic.GetIPProperties();
            foreach (var unicast in properties.UnicastAddresses)
            {
                if (unicast.Address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork || !(any || unicast.Address.Equals(bound)))
                    continue;
                var gateway = properties.GatewayAddresses
                    .Select(g => g.Address)
                    .FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork) ?? IPAddress.Any;
                var mac = nic.NetworkInterfaceType == NetworkInterfaceType.Loopback ? PhysicalAddress.None : nic.GetPhysicalAddress();
                return new NetworkFacts(unicast.Address, unicast.IPv4Mask, mac, gateway);
            }
        }
        return any ? NetworkFacts.Unknown : NetworkFacts.Unknown with { Address = bound };
    }
}
