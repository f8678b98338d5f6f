namespace Ipmi.Lan.LanConfig;

/// <summary>
/// LAN configuration parameter selectors, IPMI v2.0 §23.2, Table 23-4 (with errata: 26 = bad password
/// threshold). The ones listed are answered by Get LAN Configuration Parameters — every parameter
/// ipmitool 1.8.19's `lan print` asks, in its order: 0, 1, 2, 4, 3, 6, 5, 16, 7, 10, 11, 12-15, 20, 21,
/// 22-24, 26 (lib/ipmi_lanp.c, ipmi_lan_print; it aborts on the first refused one) — plus 17 (no alert
/// destinations). Others are answered 80h "parameter not supported".
/// </summary>
public enum LanParameter : byte
{
    SetInProgress = 0,
    AuthenticationTypeSupport = 1,
    AuthenticationTypeEnables = 2,
    IpAddress = 3,
    IpAddressSource = 4,
    MacAddress = 5,
    SubnetMask = 6,
    Ipv4HeaderParameters = 7,
    BmcGeneratedArpControl = 10,
    GratuitousArpInterval = 11,
    DefaultGatewayAddress = 12,
    DefaultGatewayMacAddress = 13,
    BackupGatewayAddress = 14,
    BackupGatewayMacAddress = 15,
    CommunityString = 16,
    DestinationCount = 17,
    VlanId = 20,
    VlanPriority = 21,
    CipherSuiteEntrySupport = 22,
    CipherSuiteEntries = 23,
    CipherSuitePrivilegeLevels = 24,
    BadPasswordThreshold = 26,
}
