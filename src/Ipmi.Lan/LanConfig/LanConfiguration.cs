using System.Net;
using System.Net.NetworkInformation;
using Ipmi.Protocol;
using Microsoft.Extensions.Options;

namespace Ipmi.Lan.LanConfig;

/// <summary>
/// The LAN channel's configuration parameters (IPMI v2.0 §23.2, Table 23-4) as this sidecar has them. The
/// network belongs to the host OS and the security settings to the configuration file, so everything is
/// read-only over IPMI except the "set in progress" lock, which is kept so configuration tools that take it
/// and release it around their writes keep working. Parameter data is written without the revision byte.
/// </summary>
public sealed class LanConfiguration(INetworkFactsSource network, IOptions<LanOptions> options)
{
    /// <summary>Parameter revision 1.1 (§23.2: 11h for this version of the specification).</summary>
    public const byte Revision = 0x11;

    /// <summary>Longest parameter data: the 18-byte community string.</summary>
    public const int MaxDataLength = 18;

    private readonly LanOptions _options = options.Value;
    private readonly byte[] _suiteIds = options.Value.OfferedCipherSuites().Select(s => s.Id).Take(16).ToArray();
    private int _setInProgress;

    /// <summary>Values of parameter 0, bits 1:0.</summary>
    public const byte SetComplete = 0, SetInProgressValue = 1, CommitWrite = 2;

    /// <summary>The parameter's data, or -1 when it is not supported (80h).</summary>
    public int Write(LanParameter parameter, Span<byte> data)
    {
        switch (parameter)
        {
            case LanParameter.SetInProgress:
                data[0] = (byte)Volatile.Read(ref _setInProgress);
                return 1;
            case LanParameter.AuthenticationTypeSupport:
                data[0] = 0;                    // no IPMI v1.5 authentication type: RMCP+ only (§13.14)
                return 1;
            case LanParameter.AuthenticationTypeEnables:
                data[..5].Clear();              // Callback, User, Operator, Administrator, OEM: none
                return 5;
            case LanParameter.IpAddress:
                return WriteAddress(network.Read().Address, data);
            case LanParameter.IpAddressSource:
                data[0] = 0x04;                 // "address loaded by BMC running other address assignment protocol": the host OS
                return 1;
            case LanParameter.MacAddress:
                return WriteMac(network.Read().MacAddress, data);
            case LanParameter.SubnetMask:
                return WriteAddress(network.Read().SubnetMask, data);
            case LanParameter.Ipv4HeaderParameters:
                data[0] = 0x40;                 // time-to-live (the specification's default)
                data[1] = 0x40;                 // flags: don't fragment
                data[2] = 0x10;                 // precedence 0, type of service "minimize delay"
                return 3;
            case LanParameter.BmcGeneratedArpControl:
                data[0] = 0x02;                 // ARP responses enabled (the host answers), gratuitous ARP disabled
                return 1;
            case LanParameter.GratuitousArpInterval:
                data[0] = 0;
                return 1;
            case LanParameter.DefaultGatewayAddress:
                return WriteAddress(network.Read().Gateway, data);
            case LanParameter.DefaultGatewayMacAddress or LanParameter.BackupGatewayMacAddress:
                return WriteMac(PhysicalAddress.None, data);
            case LanParameter.BackupGatewayAddress:
                return WriteAddress(IPAddress.Any, data);
            case LanParameter.CommunityString:
                data[..MaxDataLength].Clear();
                "public"u8.CopyTo(data);        // the specification's default; no alerts are sent
                return MaxDataLength;
            case LanParameter.DestinationCount:
                data[0] = 0;                    // no LAN alert destinations
                return 1;
            case LanParameter.VlanId:
                data[0] = 0;                    // VLAN disabled (bit 7 of byte 2 clear)
                data[1] = 0;
                return 2;
            case LanParameter.VlanPriority:
                data[0] = 0;
                return 1;
            case LanParameter.CipherSuiteEntrySupport:
                data[0] = (byte)_suiteIds.Length;
                return 1;
            case LanParameter.CipherSuiteEntries:
                data[0] = 0;                    // reserved
                _suiteIds.CopyTo(data[1..]);
                return 1 + _suiteIds.Length;
            case LanParameter.CipherSuitePrivilegeLevels:
                return WritePrivilegeLevels(data);
            case LanParameter.BadPasswordThreshold:
                return WriteBadPasswordThreshold(data);
            default:
                return -1;
        }
    }

    /// <summary>
    /// Set LAN Configuration Parameters for parameter 0 (§23.1): set complete, set in progress (81h when it
    /// already is), commit write (nothing is pending: accepted).
    /// </summary>
    public CompletionCode SetInProgress(byte value)
    {
        switch (value & 0x03)
        {
            case SetComplete:
                Volatile.Write(ref _setInProgress, SetComplete);
                return CompletionCode.Normal;
            case SetInProgressValue:
                return Interlocked.CompareExchange(ref _setInProgress, SetInProgressValue, SetComplete) == SetComplete
                    ? CompletionCode.Normal
                    : CompletionCode.CommandSpecific81;
            case CommitWrite:
                return CompletionCode.Normal;
            default:
                return CompletionCode.InvalidDataField;
        }
    }

    /// <summary>
    /// Parameter 24: reserved, then the maximum privilege of cipher suites 0-15, one nibble each by suite ID (suite 0 in
    /// the low nibble of byte 2), 0 = not offered — FreeIPMI's ipmi-config reads suite N's nibble at index N, and
    /// ipmitool's `lan print` shows the 16 nibbles in that order. Every offered suite reaches the user's own limit
    /// (no per-suite cap is applied at Open Session or Set Session Privilege Level), so it is ADMINISTRATOR; a
    /// suite above 15 (17) has no nibble. Set is refused as read-only (82h) with the other parameters.
    /// </summary>
    private int WritePrivilegeLevels(Span<byte> data)
    {
        data[..9].Clear();
        foreach (var id in _suiteIds)
        {
            if (id < 16)
                data[1 + id / 2] |= (byte)((byte)PrivilegeLevel.Administrator << (id % 2 * 4));
        }
        return 9;
    }

    /// <summary>
    /// Parameter 26 (§23.2): the spec's bad-password threshold locks a user after that many wrong passwords. This
    /// server locks no user (anyone could lock the operators out with a name and guesses; SECURITY.md, "Login
    /// limits"), so it reports threshold 0, "disabled", with no reset or lockout interval and no audit event; the
    /// per-source login budget it applies instead is a configuration key.
    /// </summary>
    private static int WriteBadPasswordThreshold(Span<byte> data)
    {
        data[..6].Clear();
        return 6;
    }

    private static int WriteAddress(IPAddress address, Span<byte> data)
    {
        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork || !address.TryWriteBytes(data, out _))
            data[..4].Clear();
        return 4;
    }

    private static int WriteMac(PhysicalAddress mac, Span<byte> data)
    {
        data[..6].Clear();
        var bytes = mac.GetAddressBytes();
        if (bytes.Length == 6)
            bytes.CopyTo(data);
        return 6;
    }
}
