namespace Ipmi.Protocol.Sensors;

/// <summary>Powers of ten as the sensor formula uses them, dividing for negative exponents so 200·10^-1 is exactly 20.</summary>
internal static class PowerOfTen
{
    public static double Scale(double value, int exponent) =>
        exponent >= 0 ? value * Math.Pow(10, exponent) : value / Math.Pow(10, -exponent);
}
