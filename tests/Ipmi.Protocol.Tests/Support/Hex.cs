namespace Ipmi.Protocol.Tests.Support;

/// <summary>Test vectors written as hex text: "04 01 30" or "040130".</summary>
internal static class Hex
{
    public static byte[] Bytes(string hex) => Convert.FromHexString(hex.Replace(" ", "").Replace("\n", ""));
}
