namespace I2cBackendCheck;

/// <summary>TAP-like lines ("ok - …" / "not ok - …") that tests/hardware/run.sh counts.</summary>
internal sealed class CheckReport
{
    public int Failed { get; private set; }

    public void Check(string description, Func<string?> check)
    {
        string? failure;
        try
        {
            failure = check();
        }
        catch (Exception e)
        {
            failure = $"{e.GetType().Name}: {e.Message}";
        }
        if (failure is null)
        {
            Console.WriteLine($"ok - {description}");
        }
        else
        {
            Failed++;
            Console.WriteLine($"not ok - {description}: {failure}");
        }
    }

    public static string? Expect<T>(T actual, T expected) =>
        EqualityComparer<T>.Default.Equals(actual, expected) ? null : $"expected {expected}, got {actual}";

    public static string? ExpectBytes(ReadOnlySpan<byte> actual, ReadOnlySpan<byte> expected) =>
        actual.SequenceEqual(expected) ? null : $"expected {Convert.ToHexString(expected)}, got {Convert.ToHexString(actual)}";

    /// <summary>Runs <paramref name="action"/> and expects an <see cref="I2cBridge.I2cException"/> of the given kind.</summary>
    public static string? ExpectFailure(I2cBridge.I2cFailure expected, Action action)
    {
        try
        {
            action();
            return $"expected I2C {expected}, but the transfer succeeded";
        }
        catch (I2cBridge.I2cException e)
        {
            return Expect(e.Failure, expected);
        }
    }
}
