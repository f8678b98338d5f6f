namespace IpmiSidecar.Tests.Support;

/// <summary>`ipmitool raw` requests the end-to-end tests send where ipmitool has no subcommand that shows the answer.</summary>
public static class RawRequests
{
    /// <summary>Add SEL Entry (IPMI v2.0 §31.6) with a system event record, the request `ipmitool sel add` sends.</summary>
    public static readonly string[] AddSelEntry =
        ["raw", "0x0a", "0x44", "0x00", "0x00", "0x02", "0x00", "0x00", "0x00", "0x00", "0x20", "0x00", "0x04", "0x01", "0x30", "0x01", "0x57", "0x2a", "0x28"];
}
