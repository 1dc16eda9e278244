using GraphQL;

namespace PaperGraph.Api.Schema;

/// <summary>Integer arguments with a range: a value outside it is an error naming the argument and the range, never clamped.</summary>
internal static class ArgumentRange
{
    public static int InRange(this IResolveFieldContext context, string argument, int defaultValue, int min, int max)
    {
        var value = context.GetArgument(argument, defaultValue);
        return value < min || value > max
            ? throw new ExecutionError($"'{argument}' is {value}; it must be from {min} to {max}.") { Code = ArgumentCodes.OutOfRange }
            : value;
    }
}
