namespace Lib; public static class Answer { public static int Value => 42; }
