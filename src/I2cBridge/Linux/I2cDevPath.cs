using System.Globalization;

namespace I2cBridge.Linux;

/// <summary>
/// The adapter number N of an i2c-dev node "/dev/i2c-N" (Documentation/i2c/dev-interface.rst). System.Device.I2c
/// opens adapters by that number only (<c>I2cBus.Create(busId)</c> builds the path itself).
/// </summary>
public static class I2cDevPath
{
    private const string Prefix = "/dev/i2c-";

    public static bool TryGetAdapterNumber(string path, out int adapter)
    {
        adapter = -1;
        return path.StartsWith(Prefix, StringComparison.Ordinal)
            && int.TryParse(path.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out adapter);
    }
}
