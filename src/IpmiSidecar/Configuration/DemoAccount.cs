using System.Text;
using Ipmi.Protocol;

namespace IpmiSidecar.Configuration;

/// <summary>
/// The account used when no user is configured: fine on loopback for the simulated demo, refused on
/// any other address (see <see cref="SettingsReader"/>) so it can never face a real network.
/// </summary>
public static class DemoAccount
{
    public const string Name = "admin";
    public const string Password = "ipmisidecar";

    public static UserSettings Create() => new(Name, Encoding.ASCII.GetBytes(Password), PrivilegeLevel.Administrator);
}
